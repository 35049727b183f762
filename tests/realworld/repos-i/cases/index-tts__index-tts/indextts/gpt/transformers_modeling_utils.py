stub: upstream file of 274934 bytes
