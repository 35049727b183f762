stub: upstream file of 56091 bytes
