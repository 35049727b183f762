stub: upstream file of 18635 bytes
