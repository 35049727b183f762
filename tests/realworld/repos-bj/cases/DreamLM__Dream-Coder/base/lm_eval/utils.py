stub: upstream file of 16614 bytes
