stub: upstream file of 18147 bytes
