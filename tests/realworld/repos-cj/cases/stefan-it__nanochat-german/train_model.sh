stub: upstream file of 5879 bytes
