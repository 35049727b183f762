stub: upstream file of 20800 bytes
