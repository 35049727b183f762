stub: upstream file of 20897 bytes
