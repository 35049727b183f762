stub: upstream file of 29777 bytes
