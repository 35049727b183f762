stub: upstream file of 22669 bytes
