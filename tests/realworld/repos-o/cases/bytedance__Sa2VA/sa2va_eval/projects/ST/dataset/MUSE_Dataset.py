stub: upstream file of 16375 bytes
