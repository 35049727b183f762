stub: upstream file of 22169 bytes
