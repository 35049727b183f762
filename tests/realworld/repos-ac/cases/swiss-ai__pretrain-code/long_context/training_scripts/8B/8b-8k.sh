stub: upstream file of 13421 bytes
