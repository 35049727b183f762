stub: upstream file of 17898 bytes
