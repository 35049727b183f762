stub: upstream file of 10451 bytes
