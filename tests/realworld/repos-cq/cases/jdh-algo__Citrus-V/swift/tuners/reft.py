stub: upstream file of 8839 bytes
