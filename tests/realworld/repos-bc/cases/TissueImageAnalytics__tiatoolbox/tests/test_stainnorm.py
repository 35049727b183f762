stub: upstream file of 10432 bytes
