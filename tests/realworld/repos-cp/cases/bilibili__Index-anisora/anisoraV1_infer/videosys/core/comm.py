stub: upstream file of 13894 bytes
