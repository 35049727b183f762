stub: upstream file of 13728 bytes
