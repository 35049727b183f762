stub: upstream file of 14718 bytes
