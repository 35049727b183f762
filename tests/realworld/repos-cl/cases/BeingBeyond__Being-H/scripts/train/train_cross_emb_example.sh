stub: upstream file of 4833 bytes
