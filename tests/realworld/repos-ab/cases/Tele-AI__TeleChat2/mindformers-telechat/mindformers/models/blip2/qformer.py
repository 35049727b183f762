stub: upstream file of 70566 bytes
