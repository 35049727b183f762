stub: upstream file of 6777 bytes
