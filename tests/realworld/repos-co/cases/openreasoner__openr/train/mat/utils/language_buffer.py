stub: upstream file of 10920 bytes
