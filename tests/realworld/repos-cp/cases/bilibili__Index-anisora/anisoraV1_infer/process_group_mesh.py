stub: upstream file of 9777 bytes
