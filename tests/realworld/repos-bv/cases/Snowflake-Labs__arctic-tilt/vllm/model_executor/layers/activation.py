stub: upstream file of 12480 bytes
