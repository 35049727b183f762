stub: upstream file of 22275 bytes
