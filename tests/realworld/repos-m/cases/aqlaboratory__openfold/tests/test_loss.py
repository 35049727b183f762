stub: upstream file of 40456 bytes
