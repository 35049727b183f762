stub: upstream file of 12282 bytes
