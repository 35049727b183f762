stub: upstream file of 1746 bytes
