stub: upstream file of 32183 bytes
