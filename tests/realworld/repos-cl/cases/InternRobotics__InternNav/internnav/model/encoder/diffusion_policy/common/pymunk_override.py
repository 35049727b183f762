stub: upstream file of 8415 bytes
