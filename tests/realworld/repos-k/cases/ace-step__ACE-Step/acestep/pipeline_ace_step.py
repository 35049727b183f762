stub: upstream file of 69544 bytes
