stub: upstream file of 34904 bytes
