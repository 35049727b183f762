stub: upstream file of 34968 bytes
