stub: upstream file of 5961 bytes
