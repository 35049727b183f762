stub: upstream file of 11932 bytes
