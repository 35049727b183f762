stub: upstream file of 15186 bytes
