stub: upstream file of 14369 bytes
