stub: upstream file of 18096 bytes
