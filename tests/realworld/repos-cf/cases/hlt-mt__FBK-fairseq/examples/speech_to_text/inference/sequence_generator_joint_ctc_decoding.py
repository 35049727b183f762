stub: upstream file of 37065 bytes
