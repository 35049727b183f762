stub: upstream file of 11977 bytes
