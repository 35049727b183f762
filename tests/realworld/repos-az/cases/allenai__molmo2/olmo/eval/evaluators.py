stub: upstream file of 119280 bytes
