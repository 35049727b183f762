stub: upstream file of 16751 bytes
