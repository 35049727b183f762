stub: upstream file of 28241 bytes
