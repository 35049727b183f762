stub: upstream file of 22778 bytes
