stub: upstream file of 28597 bytes
