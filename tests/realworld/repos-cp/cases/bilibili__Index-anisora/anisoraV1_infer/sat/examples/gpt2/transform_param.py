stub: upstream file of 5082 bytes
