stub: upstream file of 11008 bytes
