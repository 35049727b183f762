stub: upstream file of 16920 bytes
