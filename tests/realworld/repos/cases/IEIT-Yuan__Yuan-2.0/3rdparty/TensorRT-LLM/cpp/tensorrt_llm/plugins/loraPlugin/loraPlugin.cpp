stub: upstream file of 27849 bytes
