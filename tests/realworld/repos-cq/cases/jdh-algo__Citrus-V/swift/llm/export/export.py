stub: upstream file of 1751 bytes
