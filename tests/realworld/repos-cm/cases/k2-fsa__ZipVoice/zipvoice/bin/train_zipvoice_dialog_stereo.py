stub: upstream file of 30156 bytes
