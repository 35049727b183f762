stub: upstream file of 2539 bytes
