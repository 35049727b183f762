stub: upstream file of 24642 bytes
