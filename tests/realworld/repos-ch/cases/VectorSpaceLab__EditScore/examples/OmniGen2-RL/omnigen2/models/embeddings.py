stub: upstream file of 4673 bytes
