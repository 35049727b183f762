stub: upstream file of 39661 bytes
