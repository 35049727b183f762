stub: upstream file of 6597 bytes
