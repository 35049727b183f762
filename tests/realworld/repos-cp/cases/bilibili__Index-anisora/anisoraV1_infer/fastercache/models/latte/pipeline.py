stub: upstream file of 39412 bytes
