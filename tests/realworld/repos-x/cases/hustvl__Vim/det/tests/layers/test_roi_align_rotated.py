stub: upstream file of 6716 bytes
