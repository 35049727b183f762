stub: upstream file of 8847 bytes
