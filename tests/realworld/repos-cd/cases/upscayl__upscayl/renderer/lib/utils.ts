stub: upstream file of 169 bytes
