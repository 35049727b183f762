stub: upstream file of 49261 bytes
