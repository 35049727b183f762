stub: upstream file of 42847 bytes
