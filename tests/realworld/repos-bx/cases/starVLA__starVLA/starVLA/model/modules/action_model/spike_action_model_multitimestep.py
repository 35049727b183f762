stub: upstream file of 17008 bytes
