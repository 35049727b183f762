stub: upstream file of 10818 bytes
