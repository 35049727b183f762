stub: upstream file of 5282 bytes
