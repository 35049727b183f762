stub: upstream file of 9527 bytes
