stub: upstream file of 5989 bytes
