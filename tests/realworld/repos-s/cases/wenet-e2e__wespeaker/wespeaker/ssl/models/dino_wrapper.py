stub: upstream file of 10781 bytes
