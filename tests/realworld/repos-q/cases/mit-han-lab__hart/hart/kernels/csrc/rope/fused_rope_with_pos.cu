stub: upstream file of 17920 bytes
