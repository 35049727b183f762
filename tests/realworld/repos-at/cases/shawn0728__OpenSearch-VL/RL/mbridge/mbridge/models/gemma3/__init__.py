stub: upstream file of 21086 bytes
