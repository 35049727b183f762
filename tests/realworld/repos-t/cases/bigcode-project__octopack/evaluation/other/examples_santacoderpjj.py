stub: upstream file of 35324 bytes
