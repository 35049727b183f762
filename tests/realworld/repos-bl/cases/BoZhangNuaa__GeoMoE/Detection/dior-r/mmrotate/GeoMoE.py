stub: upstream file of 18561 bytes
