stub: upstream file of 71900 bytes
