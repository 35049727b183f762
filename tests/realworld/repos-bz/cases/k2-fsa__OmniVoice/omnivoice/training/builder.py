stub: upstream file of 8558 bytes
