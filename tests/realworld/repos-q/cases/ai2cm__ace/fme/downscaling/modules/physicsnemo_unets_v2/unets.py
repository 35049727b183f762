stub: upstream file of 31710 bytes
