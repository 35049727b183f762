stub: upstream file of 29597 bytes
