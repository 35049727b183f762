stub: upstream file of 12720 bytes
