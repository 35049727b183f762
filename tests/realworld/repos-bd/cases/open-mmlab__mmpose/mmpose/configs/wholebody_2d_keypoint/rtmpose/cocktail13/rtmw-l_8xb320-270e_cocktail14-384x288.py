stub: upstream file of 18777 bytes
