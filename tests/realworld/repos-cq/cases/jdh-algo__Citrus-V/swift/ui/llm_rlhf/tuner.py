stub: upstream file of 5166 bytes
