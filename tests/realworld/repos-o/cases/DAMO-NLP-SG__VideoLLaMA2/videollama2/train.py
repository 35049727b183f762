stub: upstream file of 23612 bytes
