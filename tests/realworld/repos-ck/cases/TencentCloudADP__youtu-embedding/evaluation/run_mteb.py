stub: upstream file of 11144 bytes
