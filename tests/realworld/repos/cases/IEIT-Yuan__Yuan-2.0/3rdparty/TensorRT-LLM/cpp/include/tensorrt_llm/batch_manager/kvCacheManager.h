stub: upstream file of 16708 bytes
