stub: upstream file of 10784 bytes
