stub: upstream file of 19129 bytes
