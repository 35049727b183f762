stub: upstream file of 19298 bytes
