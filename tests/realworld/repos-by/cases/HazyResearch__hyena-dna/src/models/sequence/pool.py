stub: upstream file of 14900 bytes
