stub: upstream file of 6932 bytes
