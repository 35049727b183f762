stub: upstream file of 2829 bytes
