stub: upstream file of 31035 bytes
