stub: upstream file of 2839 bytes
