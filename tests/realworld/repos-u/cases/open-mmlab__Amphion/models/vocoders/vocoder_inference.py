stub: upstream file of 19258 bytes
