stub: upstream file of 1877 bytes
