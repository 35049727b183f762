stub: upstream file of 9976 bytes
