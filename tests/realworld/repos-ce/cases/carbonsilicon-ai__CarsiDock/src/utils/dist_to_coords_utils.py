stub: upstream file of 10928 bytes
