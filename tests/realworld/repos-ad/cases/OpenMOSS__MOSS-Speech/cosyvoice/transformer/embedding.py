stub: upstream file of 11777 bytes
