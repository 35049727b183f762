stub: upstream file of 38046 bytes
