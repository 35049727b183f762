stub: upstream file of 10630 bytes
