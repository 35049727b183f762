stub: upstream file of 14057 bytes
