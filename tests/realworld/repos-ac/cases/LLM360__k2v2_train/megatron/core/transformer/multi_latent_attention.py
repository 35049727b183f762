stub: upstream file of 15402 bytes
