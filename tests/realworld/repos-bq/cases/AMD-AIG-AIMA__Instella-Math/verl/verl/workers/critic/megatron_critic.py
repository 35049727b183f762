stub: upstream file of 10266 bytes
