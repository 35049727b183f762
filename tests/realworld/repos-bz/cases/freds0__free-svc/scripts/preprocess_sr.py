stub: upstream file of 4900 bytes
