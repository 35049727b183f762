stub: upstream file of 939351 bytes
