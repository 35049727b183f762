stub: upstream file of 6771 bytes
