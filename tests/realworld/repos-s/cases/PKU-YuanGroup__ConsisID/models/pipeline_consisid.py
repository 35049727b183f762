stub: upstream file of 48561 bytes
