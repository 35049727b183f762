stub: upstream file of 20807 bytes
