stub: upstream file of 12053 bytes
