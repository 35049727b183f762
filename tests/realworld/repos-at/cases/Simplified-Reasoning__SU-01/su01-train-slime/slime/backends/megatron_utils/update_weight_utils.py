stub: upstream file of 36180 bytes
