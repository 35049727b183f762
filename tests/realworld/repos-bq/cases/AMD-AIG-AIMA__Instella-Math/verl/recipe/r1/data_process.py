stub: upstream file of 7877 bytes
