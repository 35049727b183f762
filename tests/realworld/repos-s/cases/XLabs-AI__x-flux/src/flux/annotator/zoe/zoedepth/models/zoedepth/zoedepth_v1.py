stub: upstream file of 12630 bytes
