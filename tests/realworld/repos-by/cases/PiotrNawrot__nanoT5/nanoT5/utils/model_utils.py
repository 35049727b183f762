stub: upstream file of 10288 bytes
