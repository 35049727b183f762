stub: upstream file of 19048 bytes
