stub: upstream file of 14407 bytes
