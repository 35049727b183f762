stub: upstream file of 8906 bytes
