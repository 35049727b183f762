stub: upstream file of 26782 bytes
