stub: upstream file of 23280 bytes
