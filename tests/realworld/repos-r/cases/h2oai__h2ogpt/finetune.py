stub: upstream file of 30782 bytes
