stub: upstream file of 1342 bytes
