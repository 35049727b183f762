stub: upstream file of 8741 bytes
