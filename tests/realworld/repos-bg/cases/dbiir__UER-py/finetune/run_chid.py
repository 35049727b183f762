stub: upstream file of 8202 bytes
