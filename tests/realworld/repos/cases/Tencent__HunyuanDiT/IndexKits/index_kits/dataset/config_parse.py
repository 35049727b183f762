stub: upstream file of 30194 bytes
