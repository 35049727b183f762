stub: upstream file of 35801 bytes
