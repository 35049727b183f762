stub: upstream file of 13824 bytes
