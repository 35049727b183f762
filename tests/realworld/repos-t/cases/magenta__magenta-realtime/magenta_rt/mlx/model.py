stub: upstream file of 20827 bytes
