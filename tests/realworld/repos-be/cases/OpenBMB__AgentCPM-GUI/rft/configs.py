stub: upstream file of 19785 bytes
