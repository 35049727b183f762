stub: upstream file of 13901 bytes
