stub: upstream file of 19368 bytes
