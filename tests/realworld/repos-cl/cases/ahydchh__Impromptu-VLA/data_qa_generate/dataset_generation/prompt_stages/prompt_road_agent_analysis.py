stub: upstream file of 10031 bytes
