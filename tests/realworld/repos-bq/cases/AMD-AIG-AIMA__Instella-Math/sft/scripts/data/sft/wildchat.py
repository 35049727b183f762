stub: upstream file of 5043 bytes
