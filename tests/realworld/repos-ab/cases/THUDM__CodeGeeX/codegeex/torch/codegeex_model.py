stub: upstream file of 36972 bytes
