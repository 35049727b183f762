stub: upstream file of 27137 bytes
