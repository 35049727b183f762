stub: upstream file of 14660 bytes
