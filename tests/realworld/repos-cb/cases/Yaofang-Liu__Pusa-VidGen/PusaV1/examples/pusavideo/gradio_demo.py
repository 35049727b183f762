stub: upstream file of 66209 bytes
