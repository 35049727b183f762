stub: upstream file of 27583 bytes
