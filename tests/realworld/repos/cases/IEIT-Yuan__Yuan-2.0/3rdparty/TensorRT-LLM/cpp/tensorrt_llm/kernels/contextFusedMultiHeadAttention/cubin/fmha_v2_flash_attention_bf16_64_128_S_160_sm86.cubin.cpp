stub: upstream file of 957476 bytes
