stub: upstream file of 7875 bytes
