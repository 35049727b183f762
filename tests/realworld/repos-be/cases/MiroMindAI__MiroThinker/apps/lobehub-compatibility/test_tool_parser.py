stub: upstream file of 10807 bytes
