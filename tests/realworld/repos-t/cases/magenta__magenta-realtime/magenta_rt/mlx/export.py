stub: upstream file of 28632 bytes
