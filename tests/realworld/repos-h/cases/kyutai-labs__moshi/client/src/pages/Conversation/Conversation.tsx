stub: upstream file of 14115 bytes
