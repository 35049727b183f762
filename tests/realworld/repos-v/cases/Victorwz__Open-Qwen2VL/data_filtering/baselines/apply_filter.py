stub: upstream file of 50879 bytes
