stub: upstream file of 15841 bytes
