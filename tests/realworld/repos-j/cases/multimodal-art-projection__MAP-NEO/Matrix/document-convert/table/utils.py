stub: upstream file of 39513 bytes
