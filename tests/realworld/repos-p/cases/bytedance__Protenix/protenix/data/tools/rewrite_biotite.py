stub: upstream file of 16357 bytes
