stub: upstream file of 4628 bytes
