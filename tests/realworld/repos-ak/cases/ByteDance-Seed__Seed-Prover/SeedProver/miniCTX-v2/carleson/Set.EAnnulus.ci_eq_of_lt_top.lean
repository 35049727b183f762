stub: upstream file of 15625 bytes
