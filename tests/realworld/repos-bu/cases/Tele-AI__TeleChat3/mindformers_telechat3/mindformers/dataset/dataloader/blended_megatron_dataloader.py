stub: upstream file of 13373 bytes
