stub: upstream file of 8494 bytes
