stub: upstream file of 36769 bytes
