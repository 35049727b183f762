stub: upstream file of 17938 bytes
