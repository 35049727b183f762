stub: upstream file of 1801 bytes
