stub: upstream file of 6183 bytes
