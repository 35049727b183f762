stub: upstream file of 7221 bytes
