stub: upstream file of 11877 bytes
