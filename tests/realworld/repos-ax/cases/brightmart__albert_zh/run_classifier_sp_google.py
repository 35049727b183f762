stub: upstream file of 39275 bytes
