stub: upstream file of 18954 bytes
