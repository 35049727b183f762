stub: upstream file of 26159 bytes
