stub: upstream file of 5313 bytes
