stub: upstream file of 48900 bytes
