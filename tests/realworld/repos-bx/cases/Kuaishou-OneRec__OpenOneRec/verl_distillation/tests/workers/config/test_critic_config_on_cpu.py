stub: upstream file of 12799 bytes
