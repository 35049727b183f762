stub: upstream file of 27597 bytes
