stub: upstream file of 21164 bytes
