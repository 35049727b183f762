stub: upstream file of 7685 bytes
