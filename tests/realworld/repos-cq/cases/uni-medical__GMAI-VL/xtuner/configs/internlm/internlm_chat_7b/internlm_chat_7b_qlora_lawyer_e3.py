stub: upstream file of 8052 bytes
