stub: upstream file of 18452 bytes
