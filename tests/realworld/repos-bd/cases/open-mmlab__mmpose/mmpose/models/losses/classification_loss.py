stub: upstream file of 11212 bytes
