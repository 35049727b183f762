stub: upstream file of 5891 bytes
