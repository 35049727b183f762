stub: upstream file of 19784 bytes
