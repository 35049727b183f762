stub: upstream file of 39783 bytes
