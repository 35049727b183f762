stub: upstream file of 21801 bytes
