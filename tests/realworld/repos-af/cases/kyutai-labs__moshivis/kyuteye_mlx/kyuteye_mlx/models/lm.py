stub: upstream file of 13153 bytes
