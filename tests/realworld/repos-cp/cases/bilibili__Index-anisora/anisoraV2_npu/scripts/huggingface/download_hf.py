stub: upstream file of 1212 bytes
