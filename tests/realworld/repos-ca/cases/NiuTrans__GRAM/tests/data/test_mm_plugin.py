stub: upstream file of 15764 bytes
