stub: upstream file of 287630 bytes
