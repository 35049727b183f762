stub: upstream file of 12142 bytes
