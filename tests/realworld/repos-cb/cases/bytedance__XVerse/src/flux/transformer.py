stub: upstream file of 14443 bytes
