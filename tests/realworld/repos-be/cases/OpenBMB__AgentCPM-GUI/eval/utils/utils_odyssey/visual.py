stub: upstream file of 14981 bytes
