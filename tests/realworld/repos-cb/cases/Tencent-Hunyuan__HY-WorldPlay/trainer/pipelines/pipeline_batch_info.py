stub: upstream file of 9494 bytes
