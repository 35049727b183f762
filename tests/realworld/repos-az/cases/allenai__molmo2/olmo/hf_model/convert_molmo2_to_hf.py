stub: upstream file of 20801 bytes
