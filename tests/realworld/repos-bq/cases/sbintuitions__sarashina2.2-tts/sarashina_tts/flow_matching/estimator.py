stub: upstream file of 38299 bytes
