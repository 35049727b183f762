stub: upstream file of 33176 bytes
