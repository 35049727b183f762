stub: upstream file of 56225 bytes
