stub: upstream file of 17637 bytes
