stub: upstream file of 15333 bytes
