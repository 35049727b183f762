stub: upstream file of 4962 bytes
