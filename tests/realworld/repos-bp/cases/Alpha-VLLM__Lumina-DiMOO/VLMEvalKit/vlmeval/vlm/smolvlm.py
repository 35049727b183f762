stub: upstream file of 33630 bytes
