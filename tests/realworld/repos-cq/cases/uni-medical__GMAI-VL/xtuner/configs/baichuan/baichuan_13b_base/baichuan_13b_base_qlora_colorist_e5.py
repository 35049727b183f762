stub: upstream file of 7110 bytes
