stub: upstream file of 14789 bytes
