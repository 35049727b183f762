stub: upstream file of 26808 bytes
