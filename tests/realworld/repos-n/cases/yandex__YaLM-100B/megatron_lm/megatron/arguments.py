stub: upstream file of 29218 bytes
