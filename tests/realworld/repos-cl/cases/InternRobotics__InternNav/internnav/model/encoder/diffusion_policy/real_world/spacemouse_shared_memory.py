stub: upstream file of 5142 bytes
