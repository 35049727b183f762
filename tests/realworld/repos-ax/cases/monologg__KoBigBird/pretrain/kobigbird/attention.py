stub: upstream file of 45913 bytes
