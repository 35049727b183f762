stub: upstream file of 23791 bytes
