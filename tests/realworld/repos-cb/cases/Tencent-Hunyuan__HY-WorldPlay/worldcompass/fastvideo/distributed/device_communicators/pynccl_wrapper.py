stub: upstream file of 14747 bytes
