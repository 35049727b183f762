stub: upstream file of 14597 bytes
