stub: upstream file of 16430 bytes
