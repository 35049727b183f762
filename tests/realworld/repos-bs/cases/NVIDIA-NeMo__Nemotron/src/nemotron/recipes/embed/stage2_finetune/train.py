stub: upstream file of 21175 bytes
