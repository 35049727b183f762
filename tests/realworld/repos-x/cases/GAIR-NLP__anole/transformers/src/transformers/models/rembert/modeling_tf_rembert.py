stub: upstream file of 77681 bytes
