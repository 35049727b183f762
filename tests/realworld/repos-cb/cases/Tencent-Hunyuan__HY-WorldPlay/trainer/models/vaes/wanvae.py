stub: upstream file of 44250 bytes
