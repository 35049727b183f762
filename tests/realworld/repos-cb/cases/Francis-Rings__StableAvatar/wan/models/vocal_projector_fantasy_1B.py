stub: upstream file of 15431 bytes
