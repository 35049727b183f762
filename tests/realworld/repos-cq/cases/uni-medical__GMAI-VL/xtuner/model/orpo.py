stub: upstream file of 8793 bytes
