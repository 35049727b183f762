stub: upstream file of 8597 bytes
