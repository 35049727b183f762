stub: upstream file of 42911 bytes
