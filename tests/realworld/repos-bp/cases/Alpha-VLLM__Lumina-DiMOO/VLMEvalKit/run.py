stub: upstream file of 24877 bytes
