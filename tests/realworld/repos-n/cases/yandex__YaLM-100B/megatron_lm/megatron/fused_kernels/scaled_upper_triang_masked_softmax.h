stub: upstream file of 19514 bytes
