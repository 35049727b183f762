stub: upstream file of 16816 bytes
