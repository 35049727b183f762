stub: upstream file of 13640 bytes
