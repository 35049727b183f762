stub: upstream file of 16788 bytes
