stub: upstream file of 28089 bytes
