stub: upstream file of 6066 bytes
