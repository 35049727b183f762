stub: upstream file of 17068 bytes
