stub: upstream file of 17697 bytes
