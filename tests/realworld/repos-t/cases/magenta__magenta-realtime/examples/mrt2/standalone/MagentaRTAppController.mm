stub: upstream file of 67580 bytes
