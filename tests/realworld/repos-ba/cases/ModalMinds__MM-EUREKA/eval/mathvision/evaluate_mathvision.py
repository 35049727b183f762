stub: upstream file of 6237 bytes
