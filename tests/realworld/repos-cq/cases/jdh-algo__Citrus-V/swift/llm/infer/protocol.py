stub: upstream file of 11036 bytes
