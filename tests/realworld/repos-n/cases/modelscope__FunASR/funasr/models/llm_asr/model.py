stub: upstream file of 62538 bytes
