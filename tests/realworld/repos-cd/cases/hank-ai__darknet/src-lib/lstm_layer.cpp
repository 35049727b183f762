stub: upstream file of 24597 bytes
