stub: upstream file of 11778 bytes
