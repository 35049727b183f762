stub: upstream file of 2213 bytes
