stub: upstream file of 9896 bytes
