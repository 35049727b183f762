stub: upstream file of 83805 bytes
