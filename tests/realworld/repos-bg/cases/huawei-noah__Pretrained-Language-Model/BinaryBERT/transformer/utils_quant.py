stub: upstream file of 23426 bytes
