stub: upstream file of 9707 bytes
