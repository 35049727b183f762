stub: upstream file of 30862 bytes
