stub: upstream file of 9078 bytes
