stub: upstream file of 7144 bytes
