stub: upstream file of 16896 bytes
