stub: upstream file of 14347 bytes
