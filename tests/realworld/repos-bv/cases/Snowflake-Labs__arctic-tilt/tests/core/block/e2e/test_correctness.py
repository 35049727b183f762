stub: upstream file of 16773 bytes
