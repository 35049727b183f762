stub: upstream file of 20982 bytes
