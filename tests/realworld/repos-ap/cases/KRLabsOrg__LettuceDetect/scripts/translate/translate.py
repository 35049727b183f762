stub: upstream file of 21733 bytes
