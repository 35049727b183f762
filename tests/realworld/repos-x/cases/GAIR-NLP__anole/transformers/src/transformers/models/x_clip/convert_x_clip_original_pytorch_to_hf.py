stub: upstream file of 18066 bytes
