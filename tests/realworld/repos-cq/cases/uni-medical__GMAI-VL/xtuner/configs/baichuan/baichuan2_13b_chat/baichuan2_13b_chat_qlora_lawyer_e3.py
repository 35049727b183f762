stub: upstream file of 8059 bytes
