stub: upstream file of 19268 bytes
