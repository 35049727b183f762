stub: upstream file of 20921 bytes
