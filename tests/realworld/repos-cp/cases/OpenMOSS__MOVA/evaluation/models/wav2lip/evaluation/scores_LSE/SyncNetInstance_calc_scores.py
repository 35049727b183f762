stub: upstream file of 6801 bytes
