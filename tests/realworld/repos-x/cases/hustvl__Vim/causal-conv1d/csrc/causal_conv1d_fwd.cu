stub: upstream file of 21640 bytes
