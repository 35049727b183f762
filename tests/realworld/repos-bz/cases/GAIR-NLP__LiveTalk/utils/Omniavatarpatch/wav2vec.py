stub: upstream file of 7987 bytes
