stub: upstream file of 153 bytes
