stub: upstream file of 11814 bytes
