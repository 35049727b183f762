stub: upstream file of 10896 bytes
