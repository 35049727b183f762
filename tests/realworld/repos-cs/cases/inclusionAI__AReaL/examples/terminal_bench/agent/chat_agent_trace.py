stub: upstream file of 14533 bytes
