stub: upstream file of 7652 bytes
