stub: upstream file of 11927 bytes
