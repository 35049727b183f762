stub: upstream file of 33197 bytes
