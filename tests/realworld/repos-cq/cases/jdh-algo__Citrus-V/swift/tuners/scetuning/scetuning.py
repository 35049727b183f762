stub: upstream file of 10597 bytes
