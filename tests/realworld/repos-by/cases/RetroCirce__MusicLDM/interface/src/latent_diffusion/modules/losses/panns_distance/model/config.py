stub: upstream file of 7940 bytes
