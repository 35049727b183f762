stub: upstream file of 3803 bytes
