stub: upstream file of 11381 bytes
