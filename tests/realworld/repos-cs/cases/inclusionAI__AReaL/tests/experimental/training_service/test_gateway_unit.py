stub: upstream file of 9761 bytes
