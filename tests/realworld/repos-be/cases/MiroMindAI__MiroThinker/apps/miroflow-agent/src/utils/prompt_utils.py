stub: upstream file of 14301 bytes
