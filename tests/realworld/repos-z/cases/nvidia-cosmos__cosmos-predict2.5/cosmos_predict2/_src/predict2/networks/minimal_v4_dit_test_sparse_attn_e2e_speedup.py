stub: upstream file of 25656 bytes
