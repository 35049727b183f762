stub: upstream file of 19302 bytes
