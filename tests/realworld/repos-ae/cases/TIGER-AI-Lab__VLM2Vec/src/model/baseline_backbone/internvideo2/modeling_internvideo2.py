stub: upstream file of 141204 bytes
