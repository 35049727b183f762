stub: upstream file of 9118 bytes
