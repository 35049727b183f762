stub: upstream file of 12140 bytes
