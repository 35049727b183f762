stub: upstream file of 1630 bytes
