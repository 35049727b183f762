stub: upstream file of 1919 bytes
