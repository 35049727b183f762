stub: upstream file of 5008 bytes
