stub: upstream file of 27786 bytes
