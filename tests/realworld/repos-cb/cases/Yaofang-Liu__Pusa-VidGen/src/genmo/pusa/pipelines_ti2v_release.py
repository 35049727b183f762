stub: upstream file of 25564 bytes
