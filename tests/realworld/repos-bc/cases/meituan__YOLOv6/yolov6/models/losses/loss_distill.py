stub: upstream file of 16176 bytes
