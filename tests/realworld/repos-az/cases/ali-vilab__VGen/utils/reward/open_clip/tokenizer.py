stub: upstream file of 7411 bytes
