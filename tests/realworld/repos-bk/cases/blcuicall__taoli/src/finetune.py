stub: upstream file of 9899 bytes
