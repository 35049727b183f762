stub: upstream file of 54676 bytes
