stub: upstream file of 30742 bytes
