stub: upstream file of 5477 bytes
