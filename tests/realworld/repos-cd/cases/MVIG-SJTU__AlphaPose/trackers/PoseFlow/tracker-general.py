stub: upstream file of 11412 bytes
