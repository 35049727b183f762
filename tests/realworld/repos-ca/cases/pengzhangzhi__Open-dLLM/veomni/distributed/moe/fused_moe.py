stub: upstream file of 9708 bytes
