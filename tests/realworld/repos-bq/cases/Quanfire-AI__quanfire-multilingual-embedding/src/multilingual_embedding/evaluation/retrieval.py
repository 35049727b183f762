stub: upstream file of 25176 bytes
