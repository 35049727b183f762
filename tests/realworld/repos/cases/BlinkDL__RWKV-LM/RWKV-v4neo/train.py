stub: upstream file of 19396 bytes
