stub: upstream file of 16301 bytes
