stub: upstream file of 14764 bytes
