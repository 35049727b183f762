stub: upstream file of 7920 bytes
