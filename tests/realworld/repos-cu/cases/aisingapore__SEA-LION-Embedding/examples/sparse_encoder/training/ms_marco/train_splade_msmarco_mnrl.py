stub: upstream file of 5771 bytes
