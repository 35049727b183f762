stub: upstream file of 12169 bytes
