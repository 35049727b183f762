stub: upstream file of 577 bytes
