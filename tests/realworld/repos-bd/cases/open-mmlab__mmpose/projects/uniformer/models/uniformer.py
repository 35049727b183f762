stub: upstream file of 27139 bytes
