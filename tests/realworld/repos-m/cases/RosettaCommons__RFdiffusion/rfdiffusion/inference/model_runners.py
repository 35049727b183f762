stub: upstream file of 47630 bytes
