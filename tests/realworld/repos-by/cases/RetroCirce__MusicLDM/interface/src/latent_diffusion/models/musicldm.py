stub: upstream file of 91801 bytes
