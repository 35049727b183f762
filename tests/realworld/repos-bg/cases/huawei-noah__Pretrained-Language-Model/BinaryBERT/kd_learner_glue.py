stub: upstream file of 17630 bytes
