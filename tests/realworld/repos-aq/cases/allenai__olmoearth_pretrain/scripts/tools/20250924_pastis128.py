stub: upstream file of 11539 bytes
