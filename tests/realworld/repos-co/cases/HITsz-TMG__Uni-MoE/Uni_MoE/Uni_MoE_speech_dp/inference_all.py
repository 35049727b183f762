stub: upstream file of 9068 bytes
