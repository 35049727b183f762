stub: upstream file of 12446 bytes
