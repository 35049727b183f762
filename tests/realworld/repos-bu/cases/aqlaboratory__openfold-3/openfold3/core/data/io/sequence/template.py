stub: upstream file of 30869 bytes
