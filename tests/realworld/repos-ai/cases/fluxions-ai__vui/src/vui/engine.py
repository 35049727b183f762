stub: upstream file of 66580 bytes
