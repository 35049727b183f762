stub: upstream file of 61154 bytes
