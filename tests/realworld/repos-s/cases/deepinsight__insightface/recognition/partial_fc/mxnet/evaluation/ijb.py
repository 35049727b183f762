stub: upstream file of 16877 bytes
