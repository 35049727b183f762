stub: upstream file of 88246 bytes
