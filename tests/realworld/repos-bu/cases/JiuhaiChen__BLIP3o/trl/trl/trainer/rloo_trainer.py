stub: upstream file of 34597 bytes
