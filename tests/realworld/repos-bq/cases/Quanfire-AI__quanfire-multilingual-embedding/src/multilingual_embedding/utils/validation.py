stub: upstream file of 3651 bytes
