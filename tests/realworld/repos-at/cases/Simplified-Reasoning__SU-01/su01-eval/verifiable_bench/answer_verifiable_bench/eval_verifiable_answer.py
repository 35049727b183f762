stub: upstream file of 13597 bytes
