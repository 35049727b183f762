stub: upstream file of 12195 bytes
