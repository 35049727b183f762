stub: upstream file of 13535 bytes
