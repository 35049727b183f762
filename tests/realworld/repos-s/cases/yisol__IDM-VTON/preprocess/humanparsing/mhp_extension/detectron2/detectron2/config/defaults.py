stub: upstream file of 26932 bytes
