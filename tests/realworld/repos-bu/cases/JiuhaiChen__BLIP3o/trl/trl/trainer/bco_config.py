stub: upstream file of 9900 bytes
