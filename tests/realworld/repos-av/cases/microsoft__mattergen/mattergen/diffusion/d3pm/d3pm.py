stub: upstream file of 31929 bytes
