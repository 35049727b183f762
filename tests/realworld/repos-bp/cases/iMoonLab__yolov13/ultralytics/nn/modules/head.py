stub: upstream file of 27962 bytes
