stub: upstream file of 10513 bytes
