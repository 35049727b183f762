stub: upstream file of 44036 bytes
