stub: upstream file of 34082 bytes
