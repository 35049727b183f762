stub: upstream file of 17246 bytes
