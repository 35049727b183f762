stub: upstream file of 17488 bytes
