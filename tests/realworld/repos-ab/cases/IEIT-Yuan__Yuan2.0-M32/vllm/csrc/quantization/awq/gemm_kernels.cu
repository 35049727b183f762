stub: upstream file of 21549 bytes
