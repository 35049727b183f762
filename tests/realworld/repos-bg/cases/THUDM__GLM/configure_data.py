stub: upstream file of 18338 bytes
