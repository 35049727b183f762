stub: upstream file of 50265 bytes
