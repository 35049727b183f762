stub: upstream file of 30670 bytes
