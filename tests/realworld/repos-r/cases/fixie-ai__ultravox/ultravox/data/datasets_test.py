stub: upstream file of 22447 bytes
