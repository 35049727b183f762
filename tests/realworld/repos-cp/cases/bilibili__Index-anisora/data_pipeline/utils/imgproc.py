stub: upstream file of 2195 bytes
