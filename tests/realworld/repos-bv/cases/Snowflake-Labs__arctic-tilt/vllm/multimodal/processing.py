stub: upstream file of 55101 bytes
