stub: upstream file of 37842 bytes
