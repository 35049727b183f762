stub: upstream file of 12915 bytes
