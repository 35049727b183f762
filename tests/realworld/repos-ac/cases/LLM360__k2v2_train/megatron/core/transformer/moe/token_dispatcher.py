stub: upstream file of 40592 bytes
