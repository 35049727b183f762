stub: upstream file of 332969 bytes
