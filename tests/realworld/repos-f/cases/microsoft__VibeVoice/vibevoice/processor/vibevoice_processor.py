stub: upstream file of 30082 bytes
