stub: upstream file of 6131 bytes
