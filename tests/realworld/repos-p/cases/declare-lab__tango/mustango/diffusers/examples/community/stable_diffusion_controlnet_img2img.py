stub: upstream file of 47073 bytes
