stub: upstream file of 15077 bytes
