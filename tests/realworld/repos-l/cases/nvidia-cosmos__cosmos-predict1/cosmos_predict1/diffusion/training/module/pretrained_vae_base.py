stub: upstream file of 15324 bytes
