stub: upstream file of 18982 bytes
