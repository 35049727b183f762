stub: upstream file of 14877 bytes
