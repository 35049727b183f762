stub: upstream file of 21889 bytes
