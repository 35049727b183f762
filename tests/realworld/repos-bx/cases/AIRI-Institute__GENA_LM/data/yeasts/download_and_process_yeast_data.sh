stub: upstream file of 5931 bytes
