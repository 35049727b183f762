stub: upstream file of 28832 bytes
