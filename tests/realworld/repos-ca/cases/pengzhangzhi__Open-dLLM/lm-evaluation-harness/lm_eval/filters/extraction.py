stub: upstream file of 8523 bytes
