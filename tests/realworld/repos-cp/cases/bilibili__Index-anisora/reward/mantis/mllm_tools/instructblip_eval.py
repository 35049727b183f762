stub: upstream file of 5608 bytes
