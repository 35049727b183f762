stub: upstream file of 27837 bytes
