stub: upstream file of 5904 bytes
