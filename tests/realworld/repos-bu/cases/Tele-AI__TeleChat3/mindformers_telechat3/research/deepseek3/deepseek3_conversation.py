stub: upstream file of 6842 bytes
