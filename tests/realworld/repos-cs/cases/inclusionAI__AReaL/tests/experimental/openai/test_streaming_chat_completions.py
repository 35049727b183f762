stub: upstream file of 6855 bytes
