stub: upstream file of 14848 bytes
