stub: upstream file of 33102 bytes
