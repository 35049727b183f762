stub: upstream file of 44951 bytes
