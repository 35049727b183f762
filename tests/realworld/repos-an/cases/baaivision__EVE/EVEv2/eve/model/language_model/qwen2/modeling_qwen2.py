stub: upstream file of 70123 bytes
