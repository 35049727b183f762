stub: upstream file of 5177 bytes
