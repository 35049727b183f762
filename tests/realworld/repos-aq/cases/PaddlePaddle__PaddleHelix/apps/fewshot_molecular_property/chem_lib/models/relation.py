stub: upstream file of 13630 bytes
