stub: upstream file of 15409 bytes
