stub: upstream file of 19738 bytes
