stub: upstream file of 28078 bytes
