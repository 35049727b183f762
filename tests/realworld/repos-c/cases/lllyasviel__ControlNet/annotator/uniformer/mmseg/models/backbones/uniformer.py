stub: upstream file of 18476 bytes
