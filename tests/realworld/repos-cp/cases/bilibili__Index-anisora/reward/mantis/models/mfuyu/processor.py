stub: upstream file of 36547 bytes
