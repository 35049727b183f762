stub: upstream file of 20411 bytes
