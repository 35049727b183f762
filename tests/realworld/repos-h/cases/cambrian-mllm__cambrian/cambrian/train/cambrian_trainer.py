stub: upstream file of 29771 bytes
