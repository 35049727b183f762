stub: upstream file of 31008 bytes
