stub: upstream file of 29877 bytes
