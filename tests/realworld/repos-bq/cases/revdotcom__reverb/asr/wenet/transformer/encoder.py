stub: upstream file of 30762 bytes
