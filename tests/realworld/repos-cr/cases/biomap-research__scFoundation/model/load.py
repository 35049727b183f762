stub: upstream file of 7183 bytes
