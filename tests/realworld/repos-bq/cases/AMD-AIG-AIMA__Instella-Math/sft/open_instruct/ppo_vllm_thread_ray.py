stub: upstream file of 78592 bytes
