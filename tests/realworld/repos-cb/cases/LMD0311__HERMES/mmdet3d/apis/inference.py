stub: upstream file of 16777 bytes
