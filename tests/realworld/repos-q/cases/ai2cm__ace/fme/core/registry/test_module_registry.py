stub: upstream file of 9807 bytes
