stub: upstream file of 14132 bytes
