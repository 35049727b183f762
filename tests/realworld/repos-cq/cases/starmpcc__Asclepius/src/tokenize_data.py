stub: upstream file of 1718 bytes
