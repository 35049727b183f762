stub: upstream file of 7431 bytes
