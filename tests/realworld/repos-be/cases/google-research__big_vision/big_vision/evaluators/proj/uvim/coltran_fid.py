stub: upstream file of 8412 bytes
