stub: upstream file of 34165 bytes
