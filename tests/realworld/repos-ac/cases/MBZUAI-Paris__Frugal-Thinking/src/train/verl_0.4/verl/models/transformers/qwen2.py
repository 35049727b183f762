stub: upstream file of 10318 bytes
