stub: upstream file of 5073 bytes
