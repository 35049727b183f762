stub: upstream file of 32842 bytes
