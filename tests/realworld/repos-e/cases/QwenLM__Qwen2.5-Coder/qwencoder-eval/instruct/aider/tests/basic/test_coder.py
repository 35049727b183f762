stub: upstream file of 31865 bytes
