stub: upstream file of 4606 bytes
