stub: upstream file of 15061 bytes
