stub: upstream file of 13897 bytes
