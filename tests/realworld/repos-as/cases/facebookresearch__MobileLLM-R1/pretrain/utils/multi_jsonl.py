stub: upstream file of 12026 bytes
