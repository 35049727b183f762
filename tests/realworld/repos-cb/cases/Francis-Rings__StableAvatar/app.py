stub: upstream file of 23600 bytes
