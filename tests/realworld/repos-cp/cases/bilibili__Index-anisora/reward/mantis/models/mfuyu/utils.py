stub: upstream file of 3246 bytes
