stub: upstream file of 36325 bytes
