stub: upstream file of 12193 bytes
