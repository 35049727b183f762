stub: upstream file of 4728 bytes
