stub: upstream file of 6218 bytes
