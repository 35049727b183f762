stub: upstream file of 19109 bytes
