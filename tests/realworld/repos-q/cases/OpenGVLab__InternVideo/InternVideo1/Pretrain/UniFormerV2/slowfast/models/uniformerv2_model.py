stub: upstream file of 19297 bytes
