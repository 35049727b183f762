stub: upstream file of 38950 bytes
