stub: upstream file of 12423 bytes
