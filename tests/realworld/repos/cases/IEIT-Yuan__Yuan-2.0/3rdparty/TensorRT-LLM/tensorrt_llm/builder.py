stub: upstream file of 26736 bytes
