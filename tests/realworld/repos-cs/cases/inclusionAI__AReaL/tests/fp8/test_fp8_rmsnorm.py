stub: upstream file of 28961 bytes
