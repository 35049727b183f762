stub: upstream file of 19507 bytes
