stub: upstream file of 1836 bytes
