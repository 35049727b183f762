stub: upstream file of 35505 bytes
