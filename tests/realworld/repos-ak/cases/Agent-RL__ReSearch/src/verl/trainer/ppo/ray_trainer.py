stub: upstream file of 51008 bytes
