stub: upstream file of 90972 bytes
