stub: upstream file of 1038759 bytes
