stub: upstream file of 11741 bytes
