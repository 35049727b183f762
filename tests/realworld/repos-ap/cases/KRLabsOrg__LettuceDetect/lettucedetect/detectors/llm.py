stub: upstream file of 28412 bytes
