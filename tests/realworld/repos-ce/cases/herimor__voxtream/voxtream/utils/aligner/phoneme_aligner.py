stub: upstream file of 13460 bytes
