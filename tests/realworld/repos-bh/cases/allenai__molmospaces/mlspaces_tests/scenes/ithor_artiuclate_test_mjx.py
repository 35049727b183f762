stub: upstream file of 45807 bytes
