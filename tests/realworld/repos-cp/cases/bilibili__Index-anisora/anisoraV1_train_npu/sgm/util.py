stub: upstream file of 12092 bytes
