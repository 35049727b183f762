stub: upstream file of 25132 bytes
