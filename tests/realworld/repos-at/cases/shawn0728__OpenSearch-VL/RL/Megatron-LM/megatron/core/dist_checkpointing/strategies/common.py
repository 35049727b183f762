stub: upstream file of 8091 bytes
