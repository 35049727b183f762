stub: upstream file of 22837 bytes
