stub: upstream file of 6722 bytes
