stub: upstream file of 19983 bytes
