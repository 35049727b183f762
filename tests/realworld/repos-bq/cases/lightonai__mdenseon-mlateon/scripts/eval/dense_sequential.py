stub: upstream file of 26426 bytes
