stub: upstream file of 5536 bytes
