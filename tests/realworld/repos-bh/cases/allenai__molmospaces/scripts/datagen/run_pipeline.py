stub: upstream file of 15259 bytes
