stub: upstream file of 54962 bytes
