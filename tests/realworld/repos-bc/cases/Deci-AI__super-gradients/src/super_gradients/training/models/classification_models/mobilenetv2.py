stub: upstream file of 10153 bytes
