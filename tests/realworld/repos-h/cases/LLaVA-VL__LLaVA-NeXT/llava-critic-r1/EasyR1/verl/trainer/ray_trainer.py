stub: upstream file of 30599 bytes
