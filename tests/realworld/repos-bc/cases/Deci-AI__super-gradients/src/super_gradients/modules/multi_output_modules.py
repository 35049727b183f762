stub: upstream file of 5292 bytes
