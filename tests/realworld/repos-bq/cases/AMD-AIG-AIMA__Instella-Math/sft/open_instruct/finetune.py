stub: upstream file of 49576 bytes
