stub: upstream file of 105087 bytes
