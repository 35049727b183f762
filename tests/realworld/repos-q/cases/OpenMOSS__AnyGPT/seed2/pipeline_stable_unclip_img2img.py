stub: upstream file of 38801 bytes
