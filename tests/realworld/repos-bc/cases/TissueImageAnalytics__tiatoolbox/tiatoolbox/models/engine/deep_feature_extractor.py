stub: upstream file of 31961 bytes
