stub: upstream file of 50739 bytes
