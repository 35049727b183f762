stub: upstream file of 25801 bytes
