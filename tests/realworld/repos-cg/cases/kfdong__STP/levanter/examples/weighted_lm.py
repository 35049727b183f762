stub: upstream file of 14379 bytes
