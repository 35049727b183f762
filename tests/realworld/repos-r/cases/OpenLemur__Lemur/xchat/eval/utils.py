stub: upstream file of 16038 bytes
