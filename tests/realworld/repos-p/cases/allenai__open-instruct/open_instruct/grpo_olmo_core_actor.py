stub: upstream file of 22147 bytes
