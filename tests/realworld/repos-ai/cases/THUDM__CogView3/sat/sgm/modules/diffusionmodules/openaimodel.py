stub: upstream file of 39045 bytes
