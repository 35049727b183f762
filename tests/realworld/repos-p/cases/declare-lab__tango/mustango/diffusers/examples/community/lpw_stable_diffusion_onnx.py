stub: upstream file of 54635 bytes
