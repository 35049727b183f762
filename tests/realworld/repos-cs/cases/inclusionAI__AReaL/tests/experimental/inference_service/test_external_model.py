stub: upstream file of 26877 bytes
