stub: upstream file of 1841 bytes
