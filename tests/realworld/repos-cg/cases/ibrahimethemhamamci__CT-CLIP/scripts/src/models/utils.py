stub: upstream file of 3109 bytes
