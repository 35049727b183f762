stub: upstream file of 17781 bytes
