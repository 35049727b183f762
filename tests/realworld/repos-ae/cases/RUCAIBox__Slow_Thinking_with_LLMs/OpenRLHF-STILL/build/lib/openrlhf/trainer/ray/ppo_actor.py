stub: upstream file of 15052 bytes
