stub: upstream file of 14499 bytes
