stub: upstream file of 2333 bytes
