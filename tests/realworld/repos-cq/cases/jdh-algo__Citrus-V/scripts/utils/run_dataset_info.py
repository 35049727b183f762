stub: upstream file of 3861 bytes
