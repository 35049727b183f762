stub: upstream file of 26321 bytes
