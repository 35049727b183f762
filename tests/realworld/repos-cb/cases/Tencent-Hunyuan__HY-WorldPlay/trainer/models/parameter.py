stub: upstream file of 15066 bytes
