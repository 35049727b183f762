stub: upstream file of 12311 bytes
