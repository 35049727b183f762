stub: upstream file of 71748 bytes
