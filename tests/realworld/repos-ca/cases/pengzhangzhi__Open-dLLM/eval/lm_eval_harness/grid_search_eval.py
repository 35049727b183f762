stub: upstream file of 7597 bytes
