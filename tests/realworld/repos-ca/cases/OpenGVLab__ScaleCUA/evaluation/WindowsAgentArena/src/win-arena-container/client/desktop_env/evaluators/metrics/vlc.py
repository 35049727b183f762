stub: upstream file of 15854 bytes
