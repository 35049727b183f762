stub: upstream file of 3266 bytes
