stub: upstream file of 39237 bytes
