stub: upstream file of 6585 bytes
