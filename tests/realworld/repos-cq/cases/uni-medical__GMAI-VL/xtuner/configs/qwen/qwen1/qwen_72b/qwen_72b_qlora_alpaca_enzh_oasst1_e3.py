stub: upstream file of 8466 bytes
