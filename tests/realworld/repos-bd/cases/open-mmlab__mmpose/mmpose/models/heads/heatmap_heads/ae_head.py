stub: upstream file of 12883 bytes
