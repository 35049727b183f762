stub: upstream file of 22630 bytes
