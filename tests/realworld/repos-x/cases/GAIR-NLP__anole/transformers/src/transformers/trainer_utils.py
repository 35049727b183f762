stub: upstream file of 31096 bytes
