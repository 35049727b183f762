stub: upstream file of 10877 bytes
