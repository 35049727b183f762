stub: upstream file of 9963 bytes
