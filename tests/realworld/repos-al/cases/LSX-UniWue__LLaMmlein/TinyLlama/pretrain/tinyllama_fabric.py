stub: upstream file of 17038 bytes
