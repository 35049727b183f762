stub: upstream file of 900 bytes
