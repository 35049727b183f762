stub: upstream file of 34229 bytes
