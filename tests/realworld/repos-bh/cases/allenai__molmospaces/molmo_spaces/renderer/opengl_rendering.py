stub: upstream file of 20196 bytes
