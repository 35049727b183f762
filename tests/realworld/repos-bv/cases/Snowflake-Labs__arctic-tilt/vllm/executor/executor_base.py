stub: upstream file of 15664 bytes
