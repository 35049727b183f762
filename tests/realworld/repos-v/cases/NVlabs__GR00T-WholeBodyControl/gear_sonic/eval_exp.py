stub: upstream file of 29008 bytes
