# Refugee guides (flyktingguider): what guides, coordinators and newcomers read about
# guides' times and bookings. Swedish is the source.

error-guide-slot-length = Ett möte ska vara mellan 15 och 180 minuter.
error-guide-time-past = Den tiden har redan varit. Välj en senare tid.
error-guide-time-too-far = Tiden ligger för långt fram: högst 26 veckor från i dag.
error-guide-slot-overlap = Tiden krockar med en annan av dina tider.
error-guide-slot-no-such-time = Den tiden finns inte den dagen: klockan ställs fram från 02:00 till 03:00 när sommartiden börjar.
error-guide-slot-empty = Veckodagen infaller inte mellan första och sista dagen.
error-guide-per-week = Välj mellan 1 och 20 möten i veckan.
error-guide-topic-not-offered = Guiden hjälper inte med det ämnet på den tiden. Välj ett annat ämne.
error-guide-time-taken = Tiden är inte längre ledig. Välj en annan tid.
error-guide-no-such-occurrence = Guiden har ingen sådan tid. Välj en tid i listan.
error-guide-booking-orphaned = Ändringen skulle ta bort möten som redan är bokade. Avboka dem först.
error-guide-open-bookings = Du har redan så många kommande bokningar som en person kan ha. Avboka en först.
error-guide-not-cancellable = Bokningen kan inte längre avbokas: den är redan avbokad eller mötet har börjat.
error-guide-booking-state = Bokningen har redan ändrats. Ladda om sidan.
