stub: upstream file of 12175 bytes
