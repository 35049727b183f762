stub: upstream file of 77018 bytes
