stub: upstream file of 7512 bytes
