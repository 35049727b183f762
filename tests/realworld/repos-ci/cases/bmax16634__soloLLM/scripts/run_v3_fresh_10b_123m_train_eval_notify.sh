stub: upstream file of 8801 bytes
