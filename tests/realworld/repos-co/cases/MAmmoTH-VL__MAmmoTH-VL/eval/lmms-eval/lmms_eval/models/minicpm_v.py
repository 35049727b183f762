stub: upstream file of 9894 bytes
