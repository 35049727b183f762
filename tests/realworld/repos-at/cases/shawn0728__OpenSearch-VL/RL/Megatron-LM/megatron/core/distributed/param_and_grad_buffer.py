stub: upstream file of 44159 bytes
