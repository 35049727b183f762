stub: upstream file of 1723 bytes
