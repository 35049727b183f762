stub: upstream file of 12945 bytes
