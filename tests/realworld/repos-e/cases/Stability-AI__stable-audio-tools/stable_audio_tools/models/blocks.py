stub: upstream file of 11210 bytes
