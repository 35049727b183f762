stub: upstream file of 30784 bytes
