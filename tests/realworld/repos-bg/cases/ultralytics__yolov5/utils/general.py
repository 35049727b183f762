stub: upstream file of 39150 bytes
