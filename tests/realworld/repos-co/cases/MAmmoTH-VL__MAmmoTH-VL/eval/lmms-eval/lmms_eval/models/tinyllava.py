stub: upstream file of 20630 bytes
