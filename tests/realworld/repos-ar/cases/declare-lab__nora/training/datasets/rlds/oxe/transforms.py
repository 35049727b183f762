stub: upstream file of 36037 bytes
