stub: upstream file of 24468 bytes
