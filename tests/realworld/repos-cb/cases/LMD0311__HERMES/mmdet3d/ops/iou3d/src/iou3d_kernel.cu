stub: upstream file of 16203 bytes
