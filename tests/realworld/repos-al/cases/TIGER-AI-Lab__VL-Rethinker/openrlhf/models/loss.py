stub: upstream file of 18799 bytes
