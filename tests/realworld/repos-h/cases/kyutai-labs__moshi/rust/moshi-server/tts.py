stub: upstream file of 23751 bytes
