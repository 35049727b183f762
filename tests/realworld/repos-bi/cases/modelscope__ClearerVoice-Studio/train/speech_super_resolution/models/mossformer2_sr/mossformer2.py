stub: upstream file of 20183 bytes
