stub: upstream file of 16829 bytes
