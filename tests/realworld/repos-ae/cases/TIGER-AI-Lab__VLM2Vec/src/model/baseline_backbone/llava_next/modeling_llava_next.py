stub: upstream file of 52867 bytes
