stub: upstream file of 7231 bytes
