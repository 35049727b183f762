stub: upstream file of 4723 bytes
