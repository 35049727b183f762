stub: upstream file of 9255 bytes
