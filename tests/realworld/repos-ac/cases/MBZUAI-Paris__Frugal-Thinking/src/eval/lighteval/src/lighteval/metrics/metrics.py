stub: upstream file of 21785 bytes
