stub: upstream file of 5414 bytes
