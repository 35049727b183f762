stub: upstream file of 11400 bytes
