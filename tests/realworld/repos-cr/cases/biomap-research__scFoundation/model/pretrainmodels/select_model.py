stub: upstream file of 2157 bytes
