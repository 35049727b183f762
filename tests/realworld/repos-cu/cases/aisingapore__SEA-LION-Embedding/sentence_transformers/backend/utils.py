stub: upstream file of 12930 bytes
