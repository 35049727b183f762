stub: upstream file of 2874 bytes
