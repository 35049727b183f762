stub: upstream file of 3877 bytes
