stub: upstream file of 19824 bytes
