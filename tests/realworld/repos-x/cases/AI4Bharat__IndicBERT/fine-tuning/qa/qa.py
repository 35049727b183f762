stub: upstream file of 16153 bytes
