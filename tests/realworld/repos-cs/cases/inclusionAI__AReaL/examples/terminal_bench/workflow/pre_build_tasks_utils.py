stub: upstream file of 1073 bytes
