stub: upstream file of 239 bytes
