stub: upstream file of 22777 bytes
