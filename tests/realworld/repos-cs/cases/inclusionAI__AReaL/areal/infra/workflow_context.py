stub: upstream file of 8109 bytes
