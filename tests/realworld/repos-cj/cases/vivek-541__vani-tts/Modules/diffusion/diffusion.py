stub: upstream file of 2630 bytes
