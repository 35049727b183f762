stub: upstream file of 858801 bytes
