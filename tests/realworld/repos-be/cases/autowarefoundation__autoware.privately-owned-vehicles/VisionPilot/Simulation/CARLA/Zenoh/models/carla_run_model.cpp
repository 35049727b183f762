stub: upstream file of 14630 bytes
