stub: upstream file of 16156 bytes
