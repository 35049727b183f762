stub: upstream file of 27536 bytes
