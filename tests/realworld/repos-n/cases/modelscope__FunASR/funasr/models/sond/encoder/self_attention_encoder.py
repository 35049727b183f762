stub: upstream file of 14006 bytes
