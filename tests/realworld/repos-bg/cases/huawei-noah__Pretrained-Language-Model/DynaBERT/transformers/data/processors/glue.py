stub: upstream file of 35523 bytes
