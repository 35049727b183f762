stub: upstream file of 16461 bytes
