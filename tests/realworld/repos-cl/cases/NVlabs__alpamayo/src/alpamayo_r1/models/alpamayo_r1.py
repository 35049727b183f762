stub: upstream file of 13801 bytes
