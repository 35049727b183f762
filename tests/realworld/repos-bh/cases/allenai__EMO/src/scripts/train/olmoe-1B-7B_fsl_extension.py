stub: upstream file of 30736 bytes
