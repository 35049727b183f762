stub: upstream file of 113442 bytes
