stub: upstream file of 33897 bytes
