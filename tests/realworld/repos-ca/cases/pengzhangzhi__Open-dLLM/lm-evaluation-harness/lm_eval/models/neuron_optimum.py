stub: upstream file of 28757 bytes
