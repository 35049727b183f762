stub: upstream file of 92771 bytes
