stub: upstream file of 11288 bytes
