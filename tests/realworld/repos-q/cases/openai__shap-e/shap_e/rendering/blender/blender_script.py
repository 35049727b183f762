stub: upstream file of 26144 bytes
