stub: upstream file of 10748 bytes
