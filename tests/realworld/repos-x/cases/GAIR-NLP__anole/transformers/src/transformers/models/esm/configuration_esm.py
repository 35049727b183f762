stub: upstream file of 14359 bytes
