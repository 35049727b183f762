stub: upstream file of 27314 bytes
