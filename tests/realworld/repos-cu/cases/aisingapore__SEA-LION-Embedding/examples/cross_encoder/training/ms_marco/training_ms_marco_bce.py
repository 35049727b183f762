stub: upstream file of 4693 bytes
