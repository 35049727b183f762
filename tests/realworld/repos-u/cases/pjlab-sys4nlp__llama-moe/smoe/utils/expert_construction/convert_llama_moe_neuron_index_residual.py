stub: upstream file of 21647 bytes
