stub: upstream file of 74577 bytes
