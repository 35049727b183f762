stub: upstream file of 17961 bytes
