stub: upstream file of 10778 bytes
