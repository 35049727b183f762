stub: upstream file of 55832 bytes
