stub: upstream file of 5877 bytes
