stub: upstream file of 20616 bytes
