stub: upstream file of 23212 bytes
