stub: upstream file of 17101 bytes
