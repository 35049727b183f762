stub: upstream file of 12431 bytes
