stub: upstream file of 2163 bytes
