stub: upstream file of 4196 bytes
