stub: upstream file of 20199 bytes
