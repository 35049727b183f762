stub: upstream file of 15842 bytes
