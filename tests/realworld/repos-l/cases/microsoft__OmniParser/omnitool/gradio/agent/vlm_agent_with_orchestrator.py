stub: upstream file of 22917 bytes
